package dev.geoflight.agent.config;

import java.util.regex.Pattern;

/**
 * A class-name glob: {@code *} matches within one package segment (a nested class's {@code $}
 * included), {@code **} across segments. {@code com.acme.**.*Repository} matches
 * {@code com.acme.geo.ParcelRepository} and {@code com.acme.a.b.RoadRepository}.
 */
public record ClassGlob(String glob, Pattern pattern) {

    public static ClassGlob of(String glob) {
        if (glob.isEmpty() || !glob.matches("[\\w.$*]+")) {
            throw new IllegalArgumentException(glob);
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                boolean doubleStar = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                if (doubleStar) {
                    i++;
                    // "**." also matches no package at all, so com.acme.**.X matches com.acme.X
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '.') {
                        i++;
                        regex.append("(?:[\\w$]+\\.)*");
                    } else {
                        regex.append("[\\w.$]*");
                    }
                } else {
                    regex.append("[\\w$]*");
                }
            } else if (c == '.' || c == '$') {
                regex.append('\\').append(c);
            } else {
                regex.append(c);
            }
        }
        return new ClassGlob(glob, Pattern.compile(regex.toString()));
    }

    public boolean matches(String className) {
        return pattern.matcher(className).matches();
    }

    @Override
    public String toString() {
        return glob;
    }
}
