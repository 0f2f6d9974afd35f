package org.glossa.localization.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.glossa.localization.control.TypedText.Lines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u000B", "\u000C", "\u0085", "\u2028", "\u2029", "\r\n", "\r", "\n"})
    void wordProcessorLineBreaksBecomeLineFeedsInMultiLineFields(String lineBreak) {
        assertThat(TypedText.multiLine("body", "one" + lineBreak + "two")).isEqualTo("one\ntwo");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u000B", "\u000C", "\u0085", "\u2028", "\u2029", "\r\n", "\r", "\n", "\t"})
    void lineBreaksAndTabsBecomeSpacesInSingleLineFields(String lineBreak) {
        assertThat(TypedText.singleLine("title", "one" + lineBreak + "two")).isEqualTo("one two");
    }

    @Test
    void crLfIsOneLineBreakNotTwo() {
        assertThat(TypedText.multiLine("body", "a\r\n\r\nb\r")).isEqualTo("a\n\nb\n");
    }

    @Test
    void tabsStayInMultiLineFields() {
        assertThat(TypedText.multiLine("body", "code:\n\tindented")).isEqualTo("code:\n\tindented");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x01, 0x07, 0x08, 0x0E, 0x1B, 0x1F, 0x7F, 0x80, 0x84, 0x86, 0x9F})
    void otherC0AndC1ControlsAreRemoved(int control) {
        String text = "a" + Character.toString(control) + "b";
        assertThat(TypedText.singleLine("title", text)).isEqualTo("ab");
        assertThat(TypedText.multiLine("body", text)).isEqualTo("ab");
    }

    @ParameterizedTest
    @ValueSource(ints = {0xFFFE, 0xFFFF, 0xFDD0, 0xFDEF, 0x1FFFE, 0x1FFFF, 0x10FFFE, 0x10FFFF})
    void noncharactersAreRemoved(int noncharacter) {
        assertThat(TypedText.singleLine("title", "a" + Character.toString(noncharacter) + "b"))
                .isEqualTo("ab");
    }

    @Test
    void charactersNextToNoncharactersStay() {
        String kept = "\uFDCF\uFDF0\uFFFD" + Character.toString(0x1FFFD) + "\uD83D\uDE00";
        assertThat(TypedText.singleLine("title", kept)).isEqualTo(kept);
    }

    @Test
    void textIsStoredInNfc() {
        assertThat(TypedText.singleLine("title", "Zoe\u0308")).isEqualTo("Zo\u00EB");
    }

    @Test
    void nulIsRefusedNamingTheField() {
        assertThatThrownBy(() -> TypedText.singleLine("title", "a\u0000b"))
                .isInstanceOfSatisfying(UnstorableTextException.class, e -> {
                    assertThat(e.field()).isEqualTo("title");
                    assertThat(e.reason()).contains("U+0000");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD800", "a\uDC00", "\uD83Dx", "x\uDE00\uD83D"})
    void loneSurrogatesAreRefusedNamingTheField(String broken) {
        assertThatThrownBy(() -> TypedText.multiLine("body", broken))
                .isInstanceOfSatisfying(UnstorableTextException.class, e -> {
                    assertThat(e.field()).isEqualTo("body");
                    assertThat(e.reason()).contains("lone surrogate");
                });
    }

    @Test
    void nullStaysNull() {
        assertThat(TypedText.singleLine("title", null)).isNull();
        assertThat(TypedText.repaired(null, Lines.SINGLE)).isNull();
    }

    @Test
    void repairNeverRefusesAndMakesEveryStoredTextXmlSafe() {
        assertThat(TypedText.repaired("a\u0000b\uD800c\u000Bd\uFFFE", Lines.SINGLE))
                .isEqualTo("ab\uFFFDc d");
        assertThat(TypedText.needsRepair("fine title", Lines.SINGLE)).isFalse();
        assertThat(TypedText.needsRepair("bad\u000Btitle", Lines.SINGLE)).isTrue();
    }

    @Test
    void everyCodePointThatSurvivesIsAnXml10Character() {
        StringBuilder all = new StringBuilder();
        for (int c = 1; c < 0x3000; c++) {
            if (!Character.isSurrogate((char) c)) {
                all.appendCodePoint(c);
            }
        }
        all.appendCodePoint(0xFFFE).appendCodePoint(0xFFFF).appendCodePoint(0x10FFFF);
        for (Lines lines : Lines.values()) {
            TypedText.clean("body", all.toString(), lines)
                    .codePoints()
                    .forEach(c -> assertThat(c == 0x9
                                    || c == 0xA
                                    || c >= 0x20 && c <= 0xD7FF
                                    || c >= 0xE000 && c <= 0xFFFD
                                    || c >= 0x10000 && c <= 0x10FFFF)
                            .as("U+%04X", c)
                            .isTrue());
        }
    }
}
