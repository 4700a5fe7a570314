#!/usr/bin/env python3
"""Writes, for each service, the table of its operations' input shapes that requests are checked against.

Reads the AWS service models that botocore ships (botocore/data/<service>/<version>/service-2.json.gz)
and prints every shape reachable from an operation's input with its type and its constraints (required
members, min/max length or value, pattern, enum), in the model's member order. The emulator reads the
result as a resource, the first time a request of that service arrives; it never needs Python or botocore.

Usage (from the repository's root, with botocore installed):

    python3 emulator-server/src/build/input_constraints.py kinesis \
        > emulator-server/src/main/resources/dev/awsemulator/server/kinesis/input-constraints.txt

Format, one shape a line, fields separated by tabs:

    operation <name> <input shape>
    structure <name> [member <name> <shape> [required]]...
    list <name> member=<shape> [min=<n>] [max=<n>]
    map <name> key=<shape> value=<shape> [min=<n>] [max=<n>]
    string|blob|integer|long|double|boolean|timestamp <name> [min=<n>] [max=<n>] [pattern=<regex>] [enum=<value>]...
        [sensitive]

A sensitive shape's value is left out of AWS's validation messages ("Value at 'phoneNumber' failed to ...").
"""

import gzip
import json
import os
import sys

import botocore

VERSIONS = {"sqs": "2012-11-05", "sns": "2010-03-31", "kinesis": "2013-12-02"}

# Model constraints AWS leaves to the service rather than to its request validation, which answers them in
# other words: GetRecords' Limit above 10000 is an InvalidArgumentException on AWS, not a ValidationException.
# And one the emulator must not enforce: its stream ids are 24 characters without AWS's "-<cell>" suffix,
# because the SDK sends a request naming an id of AWS's form to AWS's own endpoint, past any override.
#
# SQS answers an unknown attribute name with its own errors, not an enum violation: a queue attribute is
# InvalidAttributeName ("Unknown Attribute X."), a system attribute to send is InvalidParameterValue. A batch
# entry's or message attribute's missing member is refused per entry or with the attribute's own message
# (an entry without MessageBody, an attribute without DataType), so only the request's own members are
# required by the model check, in SQS's MissingParameter wording; a batch without entries is SQS's
# EmptyBatchRequest, which the service answers after the queue's URL.
NOT_VALIDATED = {("kinesis", "GetRecordsInputLimit"): ["max"], ("kinesis", "StreamId"): ["pattern"],
                 ("sqs", "QueueAttributeName"): ["enum"], ("sqs", "MessageSystemAttributeName"): ["enum"],
                 ("sqs", "MessageSystemAttributeNameForSends"): ["enum"],
                 ("sqs", "ChangeMessageVisibilityBatchRequestEntry"): ["required"],
                 ("sqs", "DeleteMessageBatchRequestEntry"): ["required"],
                 ("sqs", "SendMessageBatchRequestEntry"): ["required"],
                 ("sqs", "MessageAttributeValue"): ["required"], ("sqs", "MessageSystemAttributeValue"): ["required"],
                 ("sqs", "ChangeMessageVisibilityBatchRequest"): ["required"],
                 ("sqs", "DeleteMessageBatchRequest"): ["required"], ("sqs", "SendMessageBatchRequest"): ["required"],
                 ("sns", "PublishBatchInput"): ["required"], ("sns", "CreatePlatformApplicationInput"): ["required"],
                 ("sns", "SetPlatformApplicationAttributesInput"): ["required"],
                 ("sns", "SetEndpointAttributesInput"): ["required"]}

# Required members a service checks itself, in its own words, by member name. SNS reads the ARNs of its topics,
# subscriptions, platform applications and endpoints itself: a request without one is InvalidParameter ("Invalid
# parameter: SubscriptionArn Reason: no value for required parameter", recorded on AWS for Unsubscribe; DeleteTopic
# answers the same for TopicArn), where a missing member of any other kind is its model validation's
# ValidationError ("Value null at 'attributes' ...", recorded for CreatePlatformApplication). SNS checks a
# request's members in order, so the platform calls' required members are left to the service too (above): AWS
# refuses a malformed application ARN before it says that Attributes is missing, in the same recordings. And SNS
# answers a PublishBatch without entries with its EmptyBatchRequest (above), as SQS does.
SERVICE_REQUIRED = {"sns": {"TopicArn", "SubscriptionArn", "PlatformApplicationArn", "EndpointArn"}}

SIMPLE = {"string", "blob", "integer", "long", "double", "float", "boolean", "timestamp"}


def bounds(shape):
    fields = []
    for key in ("min", "max"):
        if key in shape:
            value = shape[key]
            fields.append(f"{key}={int(value) if float(value).is_integer() else value}")
    return fields


def line(service, name, shape):
    kind = shape["type"]
    if kind == "structure":
        required = set(shape.get("required", [])) - SERVICE_REQUIRED.get(service, set())
        members = [f"member {member} {spec['shape']}" + (" required" if member in required else "")
                   for member, spec in shape.get("members", {}).items()]
        return ["structure", name] + members
    if kind == "list":
        return ["list", name, f"member={shape['member']['shape']}"] + bounds(shape)
    if kind == "map":
        return ["map", name, f"key={shape['key']['shape']}", f"value={shape['value']['shape']}"] + bounds(shape)
    if kind in SIMPLE:
        fields = [kind, name] + bounds(shape)
        if "pattern" in shape:
            fields.append(f"pattern={shape['pattern']}")
        fields += [f"enum={value}" for value in shape.get("enum", [])]
        if shape.get("sensitive"):
            fields.append("sensitive")
        return fields
    raise ValueError(f"{name}: unknown type {kind}")


def reachable(shapes, start, seen):
    if start in seen:
        return
    seen.append(start)
    shape = shapes[start]
    children = {"structure": lambda: [m["shape"] for m in shape.get("members", {}).values()],
                "list": lambda: [shape["member"]["shape"]],
                "map": lambda: [shape["key"]["shape"], shape["value"]["shape"]]}.get(shape["type"], lambda: [])()
    for child in children:
        reachable(shapes, child, seen)


def main():
    service = sys.argv[1]
    data = os.path.join(os.path.dirname(botocore.__file__), "data")
    with gzip.open(os.path.join(data, service, VERSIONS[service], "service-2.json.gz"), "rt", encoding="utf-8") as f:
        model = json.load(f)
    out = sys.stdout
    out.write(f"# Generated by emulator-server/src/build/input_constraints.py from botocore {botocore.__version__}:\n"
              f"# the input shapes of {service}'s operations and their constraints. Derived from the AWS service\n"
              "# models, Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved. Licensed under the\n"
              "# Apache License, Version 2.0 (the \"License\"); you may not use this file except in compliance with\n"
              "# the License. You may obtain a copy of the License at http://www.apache.org/licenses/LICENSE-2.0.\n"
              "# Distributed on an \"AS IS\" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express\n"
              "# or implied.\n")
    shapes = model["shapes"]
    seen = []
    for name in sorted(model["operations"]):
        operation = model["operations"][name]
        if "input" in operation:
            out.write(f"operation\t{name}\t{operation['input']['shape']}\n")
            reachable(shapes, operation["input"]["shape"], seen)
    for name in seen:
        shape = {key: value for key, value in shapes[name].items()
                 if key not in NOT_VALIDATED.get((service, name), [])}
        out.write("\t".join(line(service, name, shape)) + "\n")


if __name__ == "__main__":
    main()
