package dev.awsemulator.core.mq.api;

public record WeeklyStartTime(String dayOfWeek, String timeOfDay, String timeZone) {
}
