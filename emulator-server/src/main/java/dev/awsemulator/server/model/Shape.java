package dev.awsemulator.server.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One shape of a service's model as requests are checked against it: its type and constraints, whether its
 * values are sensitive (AWS's messages leave them out), and for a structure its members, for a list its
 * element's shape, for a map its key's and value's (by name).
 */
record Shape(String name, Kind kind, Long min, Long max, Pattern pattern, List<String> enumValues, boolean sensitive,
             List<Member> members, String element, String key, String value) {

    enum Kind { STRUCTURE, LIST, MAP, STRING, BLOB, INTEGER, LONG, DOUBLE, FLOAT, BOOLEAN, TIMESTAMP }

    /**
     * A structure's member: its wire name, the name AWS's validation messages give it (lower camel case),
     * its shape's name, whether the model requires it.
     */
    record Member(String name, String pathName, String shape, boolean required) {

        static Member of(String name, String shape, boolean required) {
            return new Member(name, Character.toLowerCase(name.charAt(0)) + name.substring(1), shape, required);
        }
    }
}
