package org.unioncabinet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The words members and reviewers read (page and mail templates, forms, messages.properties) have no slips of the
 * keyboard: no doubled full stop («места работы.. Исправьте»), no space before a semicolon or comma
 * («05.12.2026 ; отозвано»), no two spaces inside a sentence.
 */
class MemberFacingWordsTest {

    private static final Pattern SLIPS = Pattern.compile("(?<!\\.)\\.\\.(?!\\.)|\\S ;|\\S ,|\\S {2,}\\S");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    @Test
    void noDoubledFullStopsOrStraySpaces() throws IOException {
        List<String> slips = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".form")) {
                    formTexts(file).forEach(text -> check(file + " " + text, text, slips));
                } else {
                    lines(file).forEach(line -> check(file + ": " + line.strip(), TAG.matcher(line.strip()).replaceAll(""), slips));
                }
            }
        }
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(file -> file.toString().endsWith(".form")).toList()) {
                formTexts(file).forEach(text -> check(file + " " + text, text, slips));
            }
        }
        lines(Path.of("src/main/resources/messages.properties")).stream().filter(line -> !line.startsWith("#"))
                .forEach(line -> check("messages.properties: " + line, line, slips));

        assertThat(slips).as("texts with «..», « ;», « ,» or two spaces").isEmpty();
    }

    /** A mail that may reach the wrong person says what to do in one set phrase. */
    @Test
    void mailsSayIgnoreThisMailInOneWay() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/mail"))) {
            for (Path file : files.toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertThat(text.replace("проигнорируйте это письмо", "")).as(file.toString()).doesNotContainIgnoringCase("игнорир");
            }
        }
    }

    /** A text that offers a link («Согласие», a document) does not call it a button. */
    @Test
    void aLinkIsNotCalledAButton() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(file -> file.toString().endsWith(".form")).toList()) {
                for (String text : formTexts(file)) {
                    if (text.contains("](")) {
                        assertThat(text).as(file.toString()).doesNotContainIgnoringCase("кнопк");
                    }
                }
            }
        }
    }

    @Test
    void theGuardFindsTheSlipsItIsFor() {
        List<String> slips = new ArrayList<>();
        for (String text : List.of("места работы.. Исправьте", "05.12.2026 ; отозвано", "Иванова , Мария",
                "два  пробела", "Подождите... Готово.", "см. п. 3.2.")) {
            check(text, text, slips);
        }
        assertThat(slips).containsExactly("места работы.. Исправьте", "05.12.2026 ; отозвано", "Иванова , Мария",
                "два  пробела");
    }

    private static void check(String where, String text, List<String> slips) {
        if (SLIPS.matcher(text).find()) {
            slips.add(where);
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /** The texts, labels and descriptions of a form. */
    private static List<String> formTexts(Path file) throws IOException {
        JsonNode form = new ObjectMapper().readTree(file.toFile());
        List<String> texts = new ArrayList<>();
        for (String property : List.of("text", "label", "description", "placeholder")) {
            form.findValues(property).stream().filter(JsonNode::isTextual).map(JsonNode::asText).forEach(texts::add);
        }
        return texts;
    }
}
