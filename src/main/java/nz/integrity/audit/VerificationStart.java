package nz.integrity.audit;

/** Where a verification run starts. */
public enum VerificationStart {
    /** Every event from seq 1: the full check, also of rows below the checkpoints. */
    GENESIS,
    /** Only events after the latest stored checkpoint, trusting its signature: the quick, incremental check. */
    LATEST_CHECKPOINT
}
