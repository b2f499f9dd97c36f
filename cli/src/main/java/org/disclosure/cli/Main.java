package org.disclosure.cli;

import java.util.Arrays;
import java.util.List;

/** Entry point of the {@code ./disclosure} command. */
public final class Main {

    private static final String USAGE = """
            usage: ./disclosure <command> [arguments]

              up [DIR]                          start the whole platform on the embedded stack, submit every
                                                file of DIR (default: samples/), print their status, run until Ctrl-C
              parse FILE|DIR... [--out DIR]     parse reports offline into canonical JSON
              validate FILE|DIR... [--out DIR]  parse and validate offline; reports given together are each
                                                other's history for the cross-year rules
              revalidate [--validate URL] [--every SECONDS]
                                                start (or follow the running) re-validation of every stored report
                                                with the current rules and follow it to its end (the platform must
                                                be up)
              dead-letters                      list the records kept in the dead-letter topics (<topic>.dlq):
                                                topic, partition, offset, submission, reason (as user national)
              dead-letters replay TOPIC PARTITION OFFSET
                                                send one dead letter back to its topic
              stuck                             list the submissions whose stage has not moved for a while
              rules                             print the rule reference
              load [--reports N] [--concurrency C | --rate R] [--seed S] [--out FILE.json]
                                                offer N generated reports to the running platform as a feed and
                                                measure rates, latency, CPU and memory (./disclosure load --help)

            revalidate, dead-letters, stuck and load talk to ./disclosure up's ports; --ingest URL, --realm URL and
            --validate URL point elsewhere.
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length == 0 || List.of("-h", "--help", "help").contains(args[0])) {
            System.out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "up" -> new UpCommand().run(rest);
                case "parse" -> new ParseCommand().run(rest);
                case "validate" -> new ValidateCommand().run(rest);
                case "revalidate" -> new RevalidateCommand().run(rest);
                case "rules" -> new RulesCommand().run(rest);
                case "dead-letters" -> new DeadLettersCommand().run(rest);
                case "stuck" -> new StuckCommand().run(rest);
                case "load" -> new LoadCommand().run(rest);
                default -> {
                    System.err.println("unknown command '" + args[0] + "'");
                    System.err.print(USAGE);
                    yield 2;
                }
            };
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }
}
