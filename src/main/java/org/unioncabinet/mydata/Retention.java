package org.unioncabinet.mydata;

import java.time.Period;

/** How long what a closed cabinet leaves behind is kept. */
public final class Retention {

    /**
     * The general limitation period (Civil Code of the Russian Federation, art. 196: three years): as long as anyone
     * may bring a claim in which a signature, a consent or an application is the evidence.
     */
    public static final Period LIMITATION_PERIOD = Period.ofYears(3);

    private Retention() {
    }
}
