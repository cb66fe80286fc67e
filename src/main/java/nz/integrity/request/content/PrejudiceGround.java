package nz.integrity.request.content;

/**
 * Why asking the client first would prejudice the maintenance of the law. A ground alone never justifies the
 * exception: the 2019 inquiry found the exception applied as a blanket rule, so case-specific facts are
 * required as well (R06).
 */
public enum PrejudiceGround {
    DESTRUCTION_OR_ALTERATION_OF_EVIDENCE,
    COLLUSION_WITH_THIRD_PARTY,
    RISK_TO_SAFETY_OF_A_PERSON,
    OTHER_SPECIFIED_IN_FACTS
}
