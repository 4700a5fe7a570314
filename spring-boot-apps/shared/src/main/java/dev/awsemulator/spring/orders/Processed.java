package dev.awsemulator.spring.orders;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the consumers have handled so far, in the order they handled it (the application's "database"). */
@Component
public class Processed {

    private final List<Order> orders = new CopyOnWriteArrayList<>();
    private final List<Payment> payments = new CopyOnWriteArrayList<>();
    private final List<String> clicks = new CopyOnWriteArrayList<>();

    public List<Order> orders() {
        return orders;
    }

    public List<Payment> payments() {
        return payments;
    }

    public List<String> clicks() {
        return clicks;
    }
}
