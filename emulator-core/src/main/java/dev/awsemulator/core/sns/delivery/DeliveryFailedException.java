package dev.awsemulator.core.sns.delivery;

/** A subscriber refused or could not take a message; the reason is shown to users inspecting deliveries. */
public final class DeliveryFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DeliveryFailedException(String reason) {
        super(reason, null, false, false);
    }
}
