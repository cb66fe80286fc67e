package nz.integrity.platform;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Aroha", "Te Rangi Māori", "O'Brien-Smith", "李小龍", "José", "Ngā\u0304"})
    @DisplayName("issue 9 item 8: real names are presentable")
    void realNames(String name) {
        assertTrue(Names.isPresentable(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200b\u200b", "\u202e\u202d", "\u2066\u2069", "\ufeff", "\u200c\u200d", "\u3164",
            "Aroha\u202egnp.exe", "a\u0000b", "line\nbreak", "\u2028", " \u00a0 ", "\u0301"})
    @DisplayName("issue 9 item 8: invisible, direction-changing and control characters are refused")
    void tricks(String name) {
        assertFalse(Names.isPresentable(name));
    }
}
