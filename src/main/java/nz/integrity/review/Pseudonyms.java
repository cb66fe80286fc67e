package nz.integrity.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * Stable pseudonyms for reviewers: the same person or organisation always gets the same label (so patterns stay
 * visible), but the label cannot be turned back into the name without the secret, which reviewers never see.
 */
@ApplicationScoped
public class Pseudonyms {

    @PersistenceContext
    EntityManager em;

    private volatile byte[] secret;

    public String of(String kind, String value) {
        if (value == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            byte[] digest = mac.doFinal((kind + ":" + value).getBytes(StandardCharsets.UTF_8));
            return kind + "-" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    /** Read, or created on first use, inside the caller's transaction. */
    private byte[] secret() {
        if (secret == null) {
            @SuppressWarnings("unchecked")
            List<String> stored = em.createNativeQuery("select secret from review_secret where id = 1").getResultList();
            if (stored.isEmpty()) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                em.createNativeQuery("insert into review_secret (id, secret) values (1, ?1)")
                        .setParameter(1, HexFormat.of().formatHex(fresh)).executeUpdate();
                secret = fresh;
            } else {
                secret = HexFormat.of().parseHex(stored.get(0).trim());
            }
        }
        return secret;
    }
}
