package org.unioncabinet.organisation;

/**
 * Published after an import or the demo directory wrote the directory (after its transaction), so that what is kept
 * per union organisation elsewhere (the reviewers' groups) follows it.
 */
public record DirectoryChanged() {
}
