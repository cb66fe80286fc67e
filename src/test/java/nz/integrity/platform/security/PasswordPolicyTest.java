package nz.integrity.platform.security;

import nz.integrity.platform.security.PasswordPolicy.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private static Optional<Problem> problem(String username, String password) {
        return PasswordPolicy.problem(username, password.toCharArray());
    }

    @Test
    @DisplayName("ASVS 2.1.1/2.1.2: 12 to 128 characters")
    void lengthIsBounded() {
        assertEquals(Optional.of(Problem.TOO_SHORT), problem("ivy", "tr0ub4dor&3"));
        assertEquals(Optional.of(Problem.TOO_LONG), problem("ivy", "correct horse battery staple ".repeat(5)));
        assertEquals(Optional.of(Problem.TOO_SHORT), PasswordPolicy.problem("ivy", null));
        assertEquals(Optional.empty(), problem("ivy", "violet kayak lemonade tundra"));
    }

    @ParameterizedTest(name = "ASVS 2.1.7: breached or common \"{0}\" is refused")
    @ValueSource(strings = {"password1234", "qwertyuiop123", "iloveyou1234", "123456789012"})
    void commonAndBreachedPasswordsAreRefused(String password) {
        Optional<Problem> problem = problem("ivy", password);
        assertTrue(problem.isPresent(), password);
        assertTrue(problem.get() == Problem.COMMON || problem.get() == Problem.REPEATED, problem.get().name());
    }

    @ParameterizedTest(name = "Issue 9 item 8: low-entropy \"{0}\" is refused as a repeat or sequence")
    @ValueSource(strings = {"aaaaaaaaaaaa", "abababababab", "abcdefghijklmnop", "zzzzzzzzzzzzzzzzzzzzzzzz"})
    void lowEntropyRepeatsAreRefused(String password) {
        assertEquals(Optional.of(Problem.REPEATED), problem("ivy", password));
    }

    @ParameterizedTest(name = "Issue 9 item 8: \"{1}\" for {0} contains the username")
    @CsvSource({"ivy.investigator, ivy.investigator", "ivy.investigator, my-IVY.Investigator-2026!",
            "sam, xsamplesample-kayak"})
    void passwordsContainingTheUsernameAreRefused(String username, String password) {
        assertEquals(Optional.of(Problem.CONTAINS_USERNAME), problem(username, password));
    }

    @Test
    @DisplayName("Issue 9 item 8: the refusal reads as a sentence from the message bundle")
    void refusalMessagesComeFromTheBundle() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PasswordPolicy.check("ivy", "aaaaaaaaaaaa".toCharArray()));
        assertTrue(e.getMessage().startsWith("This password is a repeat"), e.getMessage());
        assertEquals("A password needs at least 12 characters.", Problem.TOO_SHORT.message());
    }

    @Test
    @DisplayName("Issue 9 item 8: checking leaves the password intact for hashing")
    void checkingDoesNotWipeThePassword() {
        char[] password = "violet kayak lemonade tundra".toCharArray();
        PasswordPolicy.check("ivy", password);
        assertEquals("violet kayak lemonade tundra", new String(password));
    }

    @Test
    @DisplayName("Length-only check for passwords already chosen under the policy")
    void lengthOnlyCheckAcceptsLongEnoughPasswords() {
        PasswordPolicy.check("investigator-demo-password".toCharArray());
        assertThrows(IllegalArgumentException.class, () -> PasswordPolicy.check("short".toCharArray()));
    }
}
