package org.unioncabinet.dictation;

/** Points in Russian as a member reads them: «1 балл», «3 балла», «12 баллов»; «12 из 21 балла». */
public final class Points {

    private Points() {
    }

    /** «1 балл», «3 балла», «12 баллов». */
    public static String of(int points) {
        int lastTwo = points % 100;
        int last = points % 10;
        return points + " " + (lastTwo >= 11 && lastTwo <= 14 ? "баллов" : last == 1 ? "балл"
                : last >= 2 && last <= 4 ? "балла" : "баллов");
    }

    /** «12 из 30 баллов», «20 из 21 балла»: after «из» the word agrees with the maximum, in the genitive. */
    public static String outOf(int score, int max) {
        int lastTwo = max % 100;
        return score + " из " + max + " " + (max % 10 == 1 && lastTwo != 11 ? "балла" : "баллов");
    }
}
