package org.frontline.cli;

import org.frontline.ingest.PublicationDates;
import picocli.CommandLine;

import java.time.LocalDate;

/** Converts every date option ({@code --published}, {@code --date}, {@code --from}, ...) so that a wrong date is a usage error naming the option and the rule. */
final class DateOptionConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return PublicationDates.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
