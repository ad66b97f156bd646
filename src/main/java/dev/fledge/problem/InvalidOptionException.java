package dev.fledge.problem;

/** A request option with a bad value, or options that contradict each other; answered as 400 naming the option. */
public class InvalidOptionException extends FledgeException {
    private final String option;

    public InvalidOptionException(String option, String detail) {
        super(ProblemType.INVALID_OPTION, detail);
        this.option = option;
    }

    public String option() {
        return option;
    }
}
