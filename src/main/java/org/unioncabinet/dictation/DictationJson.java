package org.unioncabinet.dictation;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.unioncabinet.csv.LineError;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads an edition written as JSON (docs/dictation.md): the CSV file's parameters and columns as keys, the questions
 * under {@code "вопросы"}. Read as a stream, so each problem names the line where its value or question begins, and
 * checked by the same rules as the CSV file ({@link DictationCsv}).
 */
final class DictationJson {

    static final String QUESTIONS = "вопросы";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DictationJson() {
    }

    static DictationCsv.Parsed parse(Reader text, Function<String, Optional<String>> awardDecisions) throws IOException {
        List<LineError> errors = new ArrayList<>();
        Map<DictationCsv.Parameter, String> parameters = new TreeMap<>();
        Map<DictationCsv.Parameter, Long> lines = new TreeMap<>();
        List<EditionFile.Question> questions = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                errors.add(new LineError(line(parser.currentTokenLocation()), "файл JSON должен начинаться с «{»"));
                return new DictationCsv.Parsed(null, errors);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                long line = line(parser.currentTokenLocation());
                JsonToken value = parser.nextToken();
                if (QUESTIONS.equals(name) && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        long questionLine = line(parser.currentTokenLocation());
                        JsonNode question = parser.readValueAsTree();
                        EditionFile.Question read = question(question, questionLine, questions.size() + 1, errors);
                        if (read != null) {
                            questions.add(read);
                        }
                    }
                    continue;
                }
                JsonNode node = parser.readValueAsTree();
                DictationCsv.Parameter parameter = parameter(name);
                if (parameter == null || !node.isValueNode()) {
                    errors.add(new LineError(line, "неизвестный ключ «" + name + "» или значение не строка и не число"));
                } else if (parameters.putIfAbsent(parameter, node.asText().strip()) != null) {
                    errors.add(new LineError(line, "параметр «" + parameter.name + "» указан дважды"));
                } else {
                    lines.put(parameter, line);
                }
            }
        } catch (JsonProcessingException broken) {
            errors.add(new LineError(broken.getLocation() == null ? 1 : line(broken.getLocation()),
                    "файл не читается как JSON (проверьте запятые, кавычки и скобки)"));
            return new DictationCsv.Parsed(null, errors);
        }
        EditionFile edition = DictationCsv.edition(parameters, lines, questions, awardDecisions, errors);
        return new DictationCsv.Parsed(errors.isEmpty() ? edition : null, errors);
    }

    private static EditionFile.Question question(JsonNode question, long line, int position, List<LineError> errors) {
        List<String> options = new ArrayList<>();
        question.path("варианты").forEach(option -> options.add(option.asText()));
        StringBuilder correct = new StringBuilder();
        JsonNode right = question.path("верные");
        if (right.isArray()) {
            right.forEach(number -> correct.append(correct.isEmpty() ? "" : ",").append(number.asText()));
        } else {
            correct.append(right.asText());
        }
        return DictationCsv.question(line, question.path("вопрос").asText(), question.path("тема").asText(),
                question.path("баллы").asText(), options, correct.toString(), position, errors);
    }

    private static DictationCsv.Parameter parameter(String name) {
        for (DictationCsv.Parameter parameter : DictationCsv.Parameter.values()) {
            if (parameter.name.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return parameter;
            }
        }
        return null;
    }

    private static long line(JsonLocation location) {
        return Math.max(1, location.getLineNr());
    }
}
