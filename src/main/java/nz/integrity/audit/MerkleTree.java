package nz.integrity.audit;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit log as a Merkle tree (RFC 9162 §2.1, as in Certificate Transparency): leaf {@code i} is
 * {@code SHA-256(0x00 || ASCII(hash of event seq i+1))}, an inner node is {@code SHA-256(0x01 || left || right)}.
 * The leaf data is the event's chain hash, which commits to the event's canonical content and its prev_hash, so a
 * verifier recomputes it from the event's columns (docs/audit-log-format.md §7) and never has to trust a stored hash.
 *
 * <p>Proof generation takes the leaves of the whole tree: O(n) hashing per proof, fine for millions of events. The
 * verification methods are what an outsider runs; they follow RFC 9162 §2.1.3.2 and §2.1.4.2 literally.
 */
public final class MerkleTree {

    private MerkleTree() {
    }

    /** The leaf hash of an event, from its 64-character chain hash. */
    public static byte[] leafHash(String eventHash) {
        MessageDigest digest = AuditFormats.sha256();
        digest.update((byte) 0x00);
        digest.update(AuditFormats.ascii(eventHash));
        return digest.digest();
    }

    static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest digest = AuditFormats.sha256();
        digest.update((byte) 0x01);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    /** MTH(D[0:size]); the empty tree's root is SHA-256 of nothing. */
    public static byte[] root(List<byte[]> leaves, int size) {
        return size == 0 ? AuditFormats.sha256().digest() : mth(leaves, 0, size);
    }

    /** PATH(index, D[0:size]), the audit path of leaf {@code index} (0-based) in the tree of {@code size} leaves. */
    public static List<byte[]> inclusionProof(List<byte[]> leaves, int index, int size) {
        if (index < 0 || index >= size || size > leaves.size()) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> proof = new ArrayList<>();
        path(leaves, index, 0, size, proof);
        return proof;
    }

    /** PROOF(first, D[0:second]): shows that the tree of {@code first} leaves is a prefix of that of {@code second}. */
    public static List<byte[]> consistencyProof(List<byte[]> leaves, int first, int second) {
        if (first < 1 || first > second || second > leaves.size()) {
            throw new IllegalArgumentException("no consistency proof from " + first + " to " + second);
        }
        List<byte[]> proof = new ArrayList<>();
        if (first < second) {
            subproof(leaves, first, 0, second, true, proof);
        }
        return proof;
    }

    /** RFC 9162 §2.1.3.2. */
    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /** RFC 9162 §2.1.4.2, for {@code 1 <= first <= second}. */
    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
            List<byte[]> proof) {
        if (first < 1 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        if (path.isEmpty()) {
            return false;
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
    }

    private static byte[] mth(List<byte[]> leaves, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leaves.get(from);
        }
        int k = largestPowerOfTwoBelow(n);
        return nodeHash(mth(leaves, from, from + k), mth(leaves, from + k, to));
    }

    private static void path(List<byte[]> leaves, int m, int from, int to, List<byte[]> proof) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(leaves, m, from, from + k, proof);
            proof.add(mth(leaves, from + k, to));
        } else {
            path(leaves, m - k, from + k, to, proof);
            proof.add(mth(leaves, from, from + k));
        }
    }

    private static void subproof(List<byte[]> leaves, int m, int from, int to, boolean complete, List<byte[]> proof) {
        int n = to - from;
        if (m == n) {
            if (!complete) {
                proof.add(mth(leaves, from, to));
            }
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(leaves, m, from, from + k, complete, proof);
            proof.add(mth(leaves, from + k, to));
        } else {
            subproof(leaves, m - k, from + k, to, false, proof);
            proof.add(mth(leaves, from, from + k));
        }
    }

    /** The largest power of two strictly smaller than {@code n} (n ≥ 2). */
    private static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }
}
