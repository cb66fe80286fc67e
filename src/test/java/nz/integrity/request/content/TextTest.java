package nz.integrity.request.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextTest {

    @Test
    void ignoresLayout() {
        assertEquals("two words", Text.normalise("  two\n\t  words \r\n"));
        assertEquals("", Text.normalise(null));
    }

    @Test
    void treatsComposedAndDecomposedMacronsAlike() {
        assertEquals(Text.normalise("M\u0101ori"), Text.normalise("Ma\u0304ori"));
    }

    @Test
    void countsLengthWithoutPadding() {
        assertTrue(Text.hasAtLeast("abc", 3));
        assertFalse(Text.hasAtLeast("  a   b  ", 4));
        assertTrue(Text.isBlank(" \n "));
    }
}
