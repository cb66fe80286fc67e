package nz.integrity.demo;

import nz.integrity.demo.DemoData.DemoAccount;
import nz.integrity.platform.security.ShippedPbkdf2Hash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoDataTest {

    /** The shipped hash is what the container would make: the documented password at the production strength. */
    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void shippedHashIsTheDocumentedPasswordAtTheProductionStrength(DemoAccount account)
            throws GeneralSecurityException {
        ShippedPbkdf2Hash hash = ShippedPbkdf2Hash.parse(account.hashAtDefaultStrength());
        assertEquals("PBKDF2WithHmacSHA512", hash.algorithm());
        assertEquals(210_000, hash.iterations());
        assertEquals(32, hash.salt().length);
        assertEquals(64, hash.key().length);
        assertTrue(hash.isHashOf(account.password()), account.username());
    }

    @Test
    void everyDemoAccountHasItsOwnSalt() {
        long distinct = Arrays.stream(DemoAccount.values())
                .map(account -> ShippedPbkdf2Hash.parse(account.hashAtDefaultStrength()).salt())
                .map(Base64.getEncoder()::encodeToString).distinct().count();
        assertEquals(DemoAccount.values().length, distinct);
    }
}
