package org.unioncabinet.organisation;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /cabinet/organisations?q=…}: the options of the join form's «Образовательная организация»
 * field as the member types, in form-js's option shape. Members only ({@code /cabinet/**}).
 */
@RestController
class OrganisationSearchController {

    /** One option of a form-js select: the organisation's id and what the member reads. */
    record Option(String value, String label) {
    }

    private final OrganisationSearch search;

    OrganisationSearchController(OrganisationSearch search) {
        this.search = search;
    }

    @GetMapping("/cabinet/organisations")
    List<Option> options(@RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(name = "limit", defaultValue = "" + OrganisationSearch.MAX_LIMIT) int limit) {
        return search.search(query, limit).stream()
                .map(hit -> new Option(String.valueOf(hit.id()), hit.optionLabel()))
                .toList();
    }
}
