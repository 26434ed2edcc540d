package dev.tsunagari.ops;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.util.Locale;
import net.logstash.logback.encoder.LogstashEncoder;

/**
 * Chooses the log format at start-up from {@code TSUNAGARI_LOG_FORMAT}: {@code json} writes one JSON object a
 * line (the logstash encoder: timestamp, level, logger, message, MDC and each structured field on its own);
 * anything else, or nothing, writes the readable {@code pattern} given in {@code logback.xml}.
 */
public final class LogFormatEncoder extends EncoderBase<ILoggingEvent> {
    public static final String VARIABLE = "TSUNAGARI_LOG_FORMAT";
    private String pattern = "%msg%n";
    private Encoder<ILoggingEvent> delegate;

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public void start() {
        String format = System.getenv(VARIABLE);
        if (format != null && format.strip().toLowerCase(Locale.ROOT).equals("json")) {
            LogstashEncoder json = new LogstashEncoder();
            json.setContext(getContext());
            delegate = json;
        } else {
            PatternLayoutEncoder text = new PatternLayoutEncoder();
            text.setContext(getContext());
            text.setPattern(pattern);
            delegate = text;
        }
        delegate.start();
        super.start();
    }

    @Override
    public void stop() {
        delegate.stop();
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return delegate.encode(event);
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }
}
