package org.travelcrm.cli.tests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader of JSON text for tests: objects become maps, arrays lists, numbers
 * BigDecimal, and anything that is not well-formed JSON fails with the position.
 */
final class Json {

	private final String text;
	private int at;

	private Json(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		Json json = new Json(text);
		Object value = json.value();
		json.space();
		if (json.at != text.length()) {
			throw json.error("text after the value");
		}
		return value;
	}

	private Object value() {
		space();
		if (at >= text.length()) {
			throw error("unexpected end");
		}
		char c = text.charAt(at);
		if (c == '{') {
			return object();
		}
		if (c == '[') {
			return array();
		}
		if (c == '"') {
			return string();
		}
		if (text.startsWith("true", at) || text.startsWith("null", at)) {
			at += 4;
			return text.startsWith("true", at - 4) ? Boolean.TRUE : null;
		}
		if (text.startsWith("false", at)) {
			at += 5;
			return Boolean.FALSE;
		}
		int start = at;
		while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
		if (start == at) {
			throw error("unexpected character " + c);
		}
		return new BigDecimal(text.substring(start, at));
	}

	private Map<String, Object> object() {
		Map<String, Object> map = new LinkedHashMap<>();
		at++;
		space();
		if (text.charAt(at) == '}') {
			at++;
			return map;
		}
		while (true) {
			space();
			String key = string();
			space();
			expect(':');
			map.put(key, value());
			space();
			if (text.charAt(at) == '}') {
				at++;
				return map;
			}
			expect(',');
		}
	}

	private List<Object> array() {
		List<Object> list = new ArrayList<>();
		at++;
		space();
		if (text.charAt(at) == ']') {
			at++;
			return list;
		}
		while (true) {
			list.add(value());
			space();
			if (text.charAt(at) == ']') {
				at++;
				return list;
			}
			expect(',');
		}
	}

	private String string() {
		expect('"');
		StringBuilder out = new StringBuilder();
		while (true) {
			char c = text.charAt(at++);
			if (c == '"') {
				return out.toString();
			}
			if (c == '\\') {
				char e = text.charAt(at++);
				switch (e) {
				case 'n' -> out.append('\n');
				case 't' -> out.append('\t');
				case 'r' -> out.append('\r');
				case 'u' -> {
					out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
					at += 4;
				}
				default -> out.append(e);
				}
			} else if (c < 0x20) {
				throw error("control character in a string");
			} else {
				out.append(c);
			}
		}
	}

	private void expect(char c) {
		if (at >= text.length() || text.charAt(at) != c) {
			throw error("expected " + c);
		}
		at++;
	}

	private void space() {
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException("Not JSON at " + at + ": " + what);
	}
}
