package dev.awsemulator.core.sns.api;

import java.util.List;

public record GetSMSAttributesRequest(List<String> attributes) {
}
