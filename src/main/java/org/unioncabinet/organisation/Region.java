package org.unioncabinet.organisation;

/** A subject of the Russian Federation; the id is its code, the first two digits of its ИНН. */
record Region(int id, String name) {
}
