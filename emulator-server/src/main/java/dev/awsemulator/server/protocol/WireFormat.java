package dev.awsemulator.server.protocol;

/** The wire protocols, by the names the request journal shows. */
public enum WireFormat {
    JSON("json"),
    CBOR("cbor"),
    QUERY("query"),
    REST_JSON("rest-json");

    private final String journalName;

    WireFormat(String journalName) {
        this.journalName = journalName;
    }

    /** {@code json}, {@code cbor}, {@code query} or {@code rest-json}. */
    public String journalName() {
        return journalName;
    }
}
