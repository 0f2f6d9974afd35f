package org.glossa.localization.control;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The plural, selectordinal and select arguments of an ICU message pattern, nested ones included. */
record ChoiceArguments(List<Choice> choices) {

    /**
     * One choice argument: its selectors ({@code one}, {@code =0}, ...) in pattern order, each with the
     * source text of its sub-message.
     */
    record Choice(String name, ArgType type, double offset, Map<String, String> subMessages) {

        List<String> selectors() {
            return List.copyOf(subMessages.keySet());
        }

        boolean isPlural() {
            return type == ArgType.PLURAL || type == ArgType.SELECTORDINAL;
        }

        /** The plural rules that pick this argument's sub-message in a locale. */
        PluralRules rules(ULocale locale) {
            return PluralRules.forLocale(
                    locale,
                    type == ArgType.SELECTORDINAL ? PluralRules.PluralType.ORDINAL : PluralRules.PluralType.CARDINAL);
        }

        /** The selector ICU uses for an integer: an explicit {@code =n}, else the plural keyword, else {@code other}. */
        String selectorFor(long n, ULocale locale) {
            if (subMessages.containsKey("=" + n)) {
                return "=" + n;
            }
            String keyword = rules(locale).select(n - offset);
            return subMessages.containsKey(keyword) ? keyword : "other";
        }

        static boolean isExplicitValue(String selector) {
            return selector.startsWith("=");
        }

        Set<String> keywordsAllowed(ULocale locale) {
            return rules(locale).getKeywords();
        }
    }

    static ChoiceArguments of(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            Part start = parsed.getPart(i);
            if (start.getType() != Part.Type.ARG_START || !isChoice(start.getArgType())) {
                continue;
            }
            ArgType type = start.getArgType();
            String name = parsed.getSubstring(parsed.getPart(i + 1));
            double offset = type == ArgType.SELECT ? 0 : parsed.getPluralOffset(i + 2);
            Map<String, String> subMessages = new LinkedHashMap<>();
            String selector = null;
            int limit = parsed.getLimitPartIndex(i);
            for (int j = i + 2; j < limit; j++) {
                Part part = parsed.getPart(j);
                if (part.getType() == Part.Type.ARG_SELECTOR) {
                    selector = parsed.getSubstring(part);
                } else if (part.getType() == Part.Type.MSG_START) {
                    int end = parsed.getLimitPartIndex(j); // nested arguments belong to their own choice
                    subMessages.put(
                            selector,
                            pattern.substring(
                                    part.getLimit(), parsed.getPart(end).getIndex()));
                    j = end;
                }
            }
            choices.add(new Choice(name, type, offset, Collections.unmodifiableMap(subMessages)));
        }
        return new ChoiceArguments(List.copyOf(choices));
    }

    Choice named(String name) {
        return choices.stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No choice argument {" + name + "} in the pattern"));
    }

    private static boolean isChoice(ArgType type) {
        return type == ArgType.PLURAL || type == ArgType.SELECTORDINAL || type == ArgType.SELECT;
    }
}
