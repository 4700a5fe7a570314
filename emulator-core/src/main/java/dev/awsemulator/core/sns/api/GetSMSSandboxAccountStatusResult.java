package dev.awsemulator.core.sns.api;

public record GetSMSSandboxAccountStatusResult(Boolean isInSandbox) {
}
