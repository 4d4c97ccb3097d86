package org.unioncabinet.legal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One published version of an agreement text. Rows are written by migrations only. */
@Entity
@Immutable
@Table(name = "legal_text")
public class LegalText {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    private LegalTextKind kind;

    private int version;

    private String title;

    private String body;

    private Instant effectiveFrom;

    protected LegalText() {
    }

    public LegalTextKind getKind() {
        return kind;
    }

    public int getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getEffectiveFrom() {
        return effectiveFrom;
    }

    /** The body split at blank lines, for rendering as paragraphs. */
    public List<String> getParagraphs() {
        return Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
