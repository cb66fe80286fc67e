package nz.integrity.platform.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SafeRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"/admin/staff.xhtml", "/index.xhtml?x=1", "/"})
    void keepsLocalTargets(String target) {
        assertEquals(target, SafeRedirect.target(target));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"//evil.example/x", "https://evil.example/", "/\\evil.example", "evil.xhtml",
            "/login.xhtml?continue=/x", "/x\r\nSet-Cookie: a=b", "javascript:alert(1)"})
    void sendsEverythingElseHome(String target) {
        assertEquals("/", SafeRedirect.target(target));
    }
}
