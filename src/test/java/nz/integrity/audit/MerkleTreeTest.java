package nz.integrity.audit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11 item 2: RFC 9162 inclusion and consistency proofs over the audit log's leaves. */
class MerkleTreeTest {

    private static List<byte[]> leaves(int n, String salt) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leaves.add(MerkleTree.leafHash(AuditFormats.sha256Hex(AuditFormats.utf8(salt + i))));
        }
        return leaves;
    }

    @Test
    @DisplayName("G3-M1: the root follows the RFC 9162 definition (golden values for 1, 2 and 3 leaves)")
    void rootDefinition() {
        List<byte[]> l = leaves(3, "x");
        assertArrayEquals(l.get(0), MerkleTree.root(l, 1));
        assertArrayEquals(MerkleTree.nodeHash(l.get(0), l.get(1)), MerkleTree.root(l, 2));
        assertArrayEquals(MerkleTree.nodeHash(MerkleTree.nodeHash(l.get(0), l.get(1)), l.get(2)), MerkleTree.root(l, 3));
        // Leaf of the all-zero hash: SHA-256(0x00 || 64 ASCII zeros), cross-checked with
        // printf '\0%064d' 0 | sha256sum
        assertEquals("47eaf44a3be7b7c8abe73856caef3a30ac97094b85c34b79bfec2a79cd1c590b",
                HexFormat.of().formatHex(MerkleTree.leafHash(AuditFormats.GENESIS_HASH)));
    }

    @Test
    @DisplayName("G3-M2: every leaf's inclusion proof verifies in every tree size up to 40, and fails for another leaf")
    void inclusion() {
        List<byte[]> l = leaves(40, "a");
        for (int size = 1; size <= 40; size++) {
            byte[] root = MerkleTree.root(l, size);
            for (int i = 0; i < size; i++) {
                List<byte[]> proof = MerkleTree.inclusionProof(l, i, size);
                assertTrue(MerkleTree.verifyInclusion(i, size, l.get(i), proof, root), i + "/" + size);
                byte[] changed = MerkleTree.leafHash("f".repeat(64));
                assertFalse(MerkleTree.verifyInclusion(i, size, changed, proof, root), "changed leaf " + i + "/" + size);
                if (size > 1) {
                    assertFalse(MerkleTree.verifyInclusion((i + 1) % size, size, l.get(i), proof, root), "wrong index");
                }
            }
        }
    }

    @Test
    @DisplayName("G3-M3: consistency proofs verify for every pair up to 40 and fail for a truncated-and-regrown log")
    void consistency() {
        List<byte[]> l = leaves(40, "b");
        for (int second = 1; second <= 40; second++) {
            byte[] secondRoot = MerkleTree.root(l, second);
            for (int first = 1; first <= second; first++) {
                byte[] firstRoot = MerkleTree.root(l, first);
                List<byte[]> proof = MerkleTree.consistencyProof(l, first, second);
                assertTrue(MerkleTree.verifyConsistency(first, second, firstRoot, secondRoot, proof), first + "->" + second);
            }
        }
        // The log had 20 events when the reviewer saved its head; it was cut back to 17 and regrown to 40.
        List<byte[]> regrown = new ArrayList<>(l.subList(0, 17));
        regrown.addAll(leaves(23, "forged"));
        byte[] oldRoot = MerkleTree.root(l, 20);
        byte[] newRoot = MerkleTree.root(regrown, 40);
        assertFalse(MerkleTree.verifyConsistency(20, 40, oldRoot, newRoot, MerkleTree.consistencyProof(regrown, 20, 40)));
    }
}
