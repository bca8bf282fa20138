package jp.tsunagu.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * JSON as the documentation prints it: a value that fits in {@value #WIDTH} columns stays on one line; a larger object
 * or array puts its members on lines of their own, as many to a line as fit, a member that does not fit alone broken
 * the same way; an object's short members and the opening of its large last member share its first line. Stable, so
 * that a regenerated answer differs only where the answer does.
 */
final class CompactJson {

	static final int WIDTH = 118;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CompactJson() {
	}

	static String format(Object value) {
		return format(value, 0, 0) + "\n";
	}

	/** {@code column}: where the value starts; {@code indent}: where its closing bracket goes, if it breaks. */
	private static String format(Object value, int indent, int column) {
		String oneLine = oneLine(value);
		if (column + oneLine.length() <= WIDTH || !(value instanceof Map || value instanceof List)) {
			return oneLine;
		}
		if (value instanceof Map<?, ?> map) {
			// {"data": {"households": {"totalCount": 5, "edges": [ … ]}}}: short members and the opening of a large last
			// one share the first line
			List<String> head = new ArrayList<>();
			Object last = null;
			for (Map.Entry<?, ?> member : map.entrySet()) {
				last = member.getValue();
				head.add(JSON.writeValueAsString(member.getKey()) + ": " + (head.size() < map.size() - 1 ? oneLine(last) : ""));
			}
			String opening = "{" + String.join(", ", head);
			boolean lastBreaks = indent + 2 + head.get(head.size() - 1).length() + oneLine(last).length() > WIDTH;
			if ((last instanceof Map || last instanceof List) && lastBreaks && column + opening.length() + 1 <= WIDTH) {
				return opening + format(last, indent, column + opening.length()) + "}";
			}
		}
		String pad = " ".repeat(indent + 2);
		List<String> prefixes = new ArrayList<>();
		List<Object> members = new ArrayList<>();
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, member) -> {
				prefixes.add(JSON.writeValueAsString(key) + ": ");
				members.add(member);
			});
		}
		else {
			for (Object member : (List<?>) value) {
				prefixes.add("");
				members.add(member);
			}
		}
		StringBuilder text = new StringBuilder(value instanceof Map ? "{" : "[");
		StringBuilder line = null;
		for (int i = 0; i < members.size(); i++) {
			String member = prefixes.get(i) + oneLine(members.get(i));
			String separator = i < members.size() - 1 ? "," : "";
			if (line != null && line.length() + 1 + member.length() + separator.length() <= WIDTH) {
				line.append(' ').append(member).append(separator);
				continue;
			}
			if (line != null) {
				text.append('\n').append(line);
			}
			if (pad.length() + member.length() + separator.length() <= WIDTH) {
				line = new StringBuilder(pad).append(member).append(separator);
			}
			else {
				int start = pad.length() + prefixes.get(i).length();
				text.append('\n').append(pad).append(prefixes.get(i)).append(format(members.get(i), indent + 2, start))
					.append(separator);
				line = null;
			}
		}
		if (line != null) {
			text.append('\n').append(line);
		}
		return text.append('\n').append(" ".repeat(indent)).append(value instanceof Map ? "}" : "]").toString();
	}

	private static String oneLine(Object value) {
		if (value instanceof Map<?, ?> map) {
			List<String> members = new ArrayList<>();
			map.forEach((key, member) -> members.add(JSON.writeValueAsString(key) + ": " + oneLine(member)));
			return "{" + String.join(", ", members) + "}";
		}
		if (value instanceof List<?> list) {
			List<String> members = new ArrayList<>();
			list.forEach(member -> members.add(oneLine(member)));
			return "[" + String.join(", ", members) + "]";
		}
		return JSON.writeValueAsString(value);
	}
}
