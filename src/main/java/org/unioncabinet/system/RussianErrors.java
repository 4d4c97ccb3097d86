package org.unioncabinet.system;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * What an error answer says, in Russian: the page (templates/error.html) for a browser, and the same words in the
 * JSON Spring Boot gives a script or a client that asks for JSON, instead of «Not Found» and a Java message. Nothing
 * of the request or the exception goes out (no path, no trace).
 */
@Component
public class RussianErrors extends DefaultErrorAttributes {

    private static final Map<Integer, String> TITLES = Map.of(
            400, "Запрос не распознан",
            401, "Требуется вход",
            403, "Нет доступа",
            404, "Страница не найдена",
            405, "Действие недоступно",
            413, "Слишком большой запрос",
            415, "Запрос не распознан");
    private static final String FAILURE = "Что-то пошло не так";

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        int status = attributes.get("status") instanceof Integer code ? code : 500;
        String title = TITLES.getOrDefault(status, FAILURE);
        attributes.put("error", title);
        attributes.put("message", title + ".");
        attributes.remove("path");
        attributes.remove("trace");
        attributes.remove("exception");
        return attributes;
    }
}
