package dev.awsemulator.bench.workload;

/** Whether a workload's run was correct (nothing lost, no errors), and what was counted. */
public record Check(boolean passed, String detail) {

    public static Check of(boolean passed, String format, Object... args) {
        return new Check(passed, String.format(format, args));
    }
}
