package org.frontline.cli;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars for long runs: items per second and the time left, on standard error. */
final class Progress {
    /** Below this many items a run is short, and a bar on a short run is noise. */
    static final int SHOW_FROM = 200;

    private Progress() {
    }

    static ProgressBar bar(String task, String unit, long total) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setUnit(" " + unit, 1).showSpeed()
                .setConsumer(total >= SHOW_FROM ? new InteractiveConsoleProgressBarConsumer(System.err)
                        : new DelegatingProgressBarConsumer(line -> { }))
                .build();
    }
}
