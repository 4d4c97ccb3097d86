package org.unioncabinet.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void markupIsEscapedAndOrdinaryPunctuationOfNamesStays() {
        assertThat(MarkdownText.literal("МБОУ «СОШ № 15» г. Васильевска (филиал) - корпус 2"))
                .isEqualTo("МБОУ «СОШ № 15» г. Васильевска (филиал) - корпус 2");
        assertThat(MarkdownText.literal("[сайт](https://example.org) ![x](http://a.b/c.png) **ж** <b>т</b> # h"))
                .isEqualTo("\\[сайт\\](https\\://example.org) \\!\\[x\\](http\\://a.b/c.png) \\*\\*ж\\*\\* \\<b\\>т\\</b\\> \\# h");
        assertThat(MarkdownText.literal("www.example.org ivanova@mail.ru {{x}}"))
                .isEqualTo("www\\.example.org ivanova\\@mail.ru \\{\\{x\\}\\}");
        assertThat(MarkdownText.literal(null)).isNull();
    }
}
