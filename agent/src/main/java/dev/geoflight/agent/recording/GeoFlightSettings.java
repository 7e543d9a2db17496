package dev.geoflight.agent.recording;

import jdk.jfr.Configuration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;

/** GeoFlight's bundled settings files, {@code geoflight.jfc} and {@code geoflight-detailed.jfc}. */
public final class GeoFlightSettings {

    public static final String STANDARD = "geoflight.jfc";
    public static final String DETAILED = "geoflight-detailed.jfc";

    private GeoFlightSettings() {
    }

    /** The JDK's default settings with GeoFlight's on top: what the {@code record} option records with. */
    public static Map<String, String> withJdkDefaults(String file) throws IOException, ParseException {
        Map<String, String> settings = new HashMap<>(Configuration.getConfiguration("default").getSettings());
        settings.putAll(load(file).getSettings());
        return settings;
    }

    public static Configuration load(String file) throws IOException, ParseException {
        try (InputStream in = GeoFlightSettings.class.getResourceAsStream("/" + file)) {
            if (in == null) {
                throw new IOException(file + " is missing from the agent jar");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return Configuration.create(reader);
            }
        }
    }
}
