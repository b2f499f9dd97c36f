package org.disclosure.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The arguments of the offline commands: inputs and an optional {@code --out DIR}. */
record OfflineArguments(List<String> inputs, Path outDir) {

    static OfflineArguments parse(String command, List<String> args) {
        List<String> inputs = new ArrayList<>();
        Path outDir = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--out")) {
                if (i + 1 >= args.size()) throw new UsageException(command + ": --out needs a folder");
                outDir = Path.of(args.get(++i));
            } else {
                inputs.add(args.get(i));
            }
        }
        if (inputs.isEmpty()) throw new UsageException("usage: ./disclosure " + command + " FILE|DIR... [--out DIR]");
        return new OfflineArguments(inputs, outDir);
    }
}
