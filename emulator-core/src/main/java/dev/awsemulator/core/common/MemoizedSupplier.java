package dev.awsemulator.core.common;

import java.util.function.Supplier;

/** A supplier that makes its value once, on first use, by whichever thread asks first, and keeps it. */
public final class MemoizedSupplier<T> implements Supplier<T> {

    private final Supplier<T> maker;
    private volatile T value;

    public MemoizedSupplier(Supplier<T> maker) {
        this.maker = maker;
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = maker.get();
                    value = made;
                }
            }
        }
        return made;
    }
}
