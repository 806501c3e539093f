package com.example.shop.benchmarks;

import com.example.shop.benchmarks.cpu.CpuPerOrder;
import com.example.shop.benchmarks.cpu.CpuTime;
import com.example.shop.benchmarks.floor.DatabaseActivity;
import com.example.shop.benchmarks.floor.RawCommitFloor;
import com.example.shop.benchmarks.floor.WriteShape;
import com.example.shop.benchmarks.load.ConfirmedOrders;
import com.example.shop.benchmarks.load.OpenLoopRun;
import com.example.shop.benchmarks.load.OpenLoopRun.Latency;
import com.example.shop.benchmarks.load.SaturationRun;
import com.example.shop.benchmarks.load.SaturationRun.Throughput;
import com.example.shop.benchmarks.load.Storefront;
import com.example.shop.benchmarks.read.ReadRun;
import com.example.shop.benchmarks.read.SignUpFlood;
import com.example.shop.benchmarks.read.StorefrontReads;
import com.example.shop.benchmarks.read.StorefrontReads.Read;
import com.example.shop.benchmarks.replay.ReadModelRebuild;
import com.example.shop.benchmarks.report.HtmlReport;
import com.example.shop.benchmarks.report.Results;
import com.example.shop.benchmarks.report.Results.GrowthPoint;
import com.example.shop.benchmarks.report.TextReport;
import com.example.shop.benchmarks.seed.EventSeeder;
import com.example.shop.benchmarks.seed.ProcessingTokens;
import com.example.shop.benchmarks.snapshot.InventoryLoadTime;
import com.example.shop.testsupport.RunMode;
import com.example.shop.testsupport.TestAxonServer;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.TestPostgres;
import com.example.shop.testsupport.system.Client;
import com.example.shop.testsupport.system.EventLog;
import com.example.shop.testsupport.system.ShopSystem;
import com.example.shop.testsupport.system.ShopSystem.Service;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The benchmark command: starts the whole shop as the tests do (embedded PostgreSQL, a MongoDB-protocol server,
 * the four services from their jars, and in axonserver mode an Axon Server), measures every figure side by side in
 * one run, prints the table and writes benchmarks/target/report (report-axonserver in that mode, so that a run of
 * each can be kept). {@code --quick} runs short phases with small event counts; see {@link BenchmarkOptions}.
 */
public final class Benchmark {

    private static final int PRODUCTS = 32;
    private static final int CUSTOMERS = 16;
    private static final int SENDERS = 24;
    private static final int MAX_PENDING_ORDERS = 400;
    private static final int FLOOR_THREADS = 16;
    /** A warm-up ends when the JIT compilers use less than this share of the services' CPU in a slice. */
    private static final double JIT_SETTLED = 0.03;
    private static final Duration WARMUP_SLICE = Duration.ofSeconds(20);
    private static final int SEEDED_ORDERS_PER_PRODUCT = 2_000;
    /** As the wrk runs: 16 connections. */
    private static final int READ_CONNECTIONS = 16;
    /** The open-loop reads run at this share of the gateway's saturated read rate. */
    private static final double READ_RATE_SHARE = 0.5;
    /** As many as the reproduction used with wrk. */
    private static final int SIGN_UP_FLOOD_SENDERS = 16;
    private static final List<String> READ_MODELS = List.of("orders", "catalog", "order-timeline");
    private static final List<Service> PROCESSING_SERVICES =
            List.of(Service.COMMAND_SIDE, Service.QUERY_SIDE, Service.NOTIFICATION_HANDLER);

    private final BenchmarkSettings settings;
    private final Phases phases;
    private final RunMode mode;
    private final Results results = new Results();
    private ShopSystem system;
    private Storefront shop;
    private ConfirmedOrders confirmed;
    private Connection database;
    private Client admin;

    private Benchmark(BenchmarkSettings settings, Phases phases, RunMode mode) {
        this.settings = settings;
        this.phases = phases;
        this.mode = mode;
        results.runMode = mode;
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage());
            return;
        }
        // Before anything reads it: the system, the event log, the confirmed-orders counter, the CPU parts.
        System.setProperty("shop.mode", options.mode().label());
        Phases phases = options.phases();
        if (options.mode() == RunMode.AXONSERVER) {
            TestAxonServer.whyUnavailable().ifPresent(Benchmark::refuse);
            if (phases == Phases.ALL) {
                progress("axonserver mode: the history phases (seeding, replay, growth, inventory load) write "
                        + "PostgreSQL's event table and run in local mode only; measuring load");
                phases = Phases.LOAD;
            }
        }
        Benchmark benchmark = new Benchmark(BenchmarkSettings.of(options.quick()), phases, options.mode());
        options.note().ifPresent(benchmark.results.notes::add);
        int status = 0;
        try {
            benchmark.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        } finally {
            ShopSystem.stopIfRunning();
        }
        System.exit(status);
    }

    /** A mistake in how the command was called, or a run that cannot be had here: said in one line, nothing started. */
    private static void refuse(String reason) {
        System.err.println("[bench] " + reason);
        System.exit(2);
    }

    private void run() throws Exception {
        Instant started = Instant.now();
        progress("starting the system (PostgreSQL, MongoDB-protocol server, four services"
                + (mode == RunMode.AXONSERVER ? ", Axon Server)" : ")"));
        system = ShopSystem.get(Map.of("JWT_TTL", "PT6H"));
        database = EventLog.connect();
        describeMachine();
        admin = Client.admin(system.gateway());
        shop = Storefront.open(system.gateway(), admin, PRODUCTS, CUSTOMERS);
        confirmed = ConfirmedOrders.countFromNow(mode);
        try {
            switch (phases) {
                case THROUGHPUT -> measureThroughputAndFloor();
                case LOAD -> measureLoad();
                case READ -> {
                    // orders for the customers to read back, and a warm JIT
                    warmUp();
                    measureReads();
                }
                case REPLAY -> {
                    // Seeding clones a real confirmed order: place some first.
                    warmUp();
                    seedHistory(settings.replayEvents(), false);
                    measureReplays();
                }
                case ALL -> {
                    measureLoad();
                    measureReads();
                    UUID busyProduct = seedHistory(settings.replayEvents(), true);
                    measureReplays();
                    measureGrowthPoint();
                    seedHistory(settings.largeStoreEvents(), false);
                    measureGrowthPoint();
                    measureInventoryLoad(busyProduct);
                }
            }
        } finally {
            confirmed.close();
            results.machine.put("run took", Duration.between(started, Instant.now()).toMinutes() + " min");
            writeReport();
        }
    }

    /**
     * Saturating load until the services' code is compiled: at least {@code jitWarmup}, then slices of
     * {@link #WARMUP_SLICE} until the JIT compiler threads use less than {@link #JIT_SETTLED} of the services' CPU in
     * one, at most {@code jitWarmupLimit}. A fixed time warms a fast machine and leaves a slow one compiling: C2
     * compiles a method after some ten thousand calls, so a system confirming 30 orders a second needs minutes
     * for code that runs once per order. How long it took and where the compilers stood are in the results.
     */
    private void warmUp() throws InterruptedException {
        SaturationRun saturation = new SaturationRun(shop, confirmed, SENDERS, MAX_PENDING_ORDERS);
        long started = System.nanoTime();
        progress("warming up");
        CpuTime last = saturation.run("warm-up", gatewayUri(), Duration.ZERO, settings.jitWarmup()).cpuInWindow();
        Duration limit = settings.jitWarmupLimit();
        while (CpuTime.available() && !(last.jitShareOfServices() < JIT_SETTLED)
                && Duration.ofNanos(System.nanoTime() - started).plus(WARMUP_SLICE).compareTo(limit) <= 0) {
            progress("warming up: the JIT compilers used %.1f %% of the services' CPU".formatted(
                    100 * last.jitShareOfServices()));
            last = saturation.run("warm-up", gatewayUri(), Duration.ZERO, WARMUP_SLICE).cpuInWindow();
        }
        String warmUp = "%d s, the services' JIT compilers at %.1f %% of their CPU at its end".formatted(
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), 100 * last.jitShareOfServices());
        results.machine.merge("warm-ups", warmUp, (earlier, next) -> earlier + "; " + next);
    }

    /** What a live shop feels: throughput and its costs, then latency at fixed rates below saturation. */
    private void measureLoad() throws Exception {
        measureThroughputAndFloor();
        measureLatency();
    }

    private void measureThroughputAndFloor() throws Exception {
        warmUp();
        SaturationRun saturation = new SaturationRun(shop, confirmed, SENDERS, MAX_PENDING_ORDERS);
        DatabaseActivity gatewayActivity = DatabaseActivity.none();
        CpuTime gatewayCpu = CpuTime.none();
        long cpuOrders = 0;
        long gatewayOrders = 0;
        for (int round = 1; round <= settings.saturationRounds(); round++) {
            progress("saturation round " + round + " through the gateway");
            DatabaseActivity before = DatabaseActivity.read(database);
            long confirmedBefore = confirmed.total();
            Throughput gateway = saturation.run("gateway", gatewayUri(), settings.saturationWarmup(),
                    settings.saturationWindow());
            results.throughput.add(gateway);
            gatewayOrders += confirmed.total() - confirmedBefore;
            gatewayCpu = gatewayCpu.plus(gateway.cpuInWindow());
            cpuOrders += gateway.confirmedInWindow();
            gatewayActivity = gatewayActivity.plus(DatabaseActivity.read(database).since(before));
            progress("saturation round " + round + " straight to command-side");
            results.throughput.add(saturation.run("command-side", serviceUri(Service.COMMAND_SIDE),
                    settings.saturationWarmup(), settings.saturationWindow()));
        }
        results.shape = WriteShape.perOrder(gatewayActivity, gatewayOrders);
        if (CpuTime.available()) {
            results.cpu = CpuPerOrder.of(gatewayCpu, cpuOrders, Runtime.getRuntime().availableProcessors());
        }
        progress("physical floor: the same write shape with plain JDBC");
        results.floor = new RawCommitFloor(TestPostgres.url()).run(results.shape, FLOOR_THREADS,
                settings.floorWindow());
    }

    private void measureLatency() throws Exception {
        double saturated = results.throughputOf("gateway");
        if (saturated * 0.25 < 1) {
            // an open loop below one order a second never sends (a JIT-cold quick run can saturate that low)
            progress("open loop skipped: saturation of %.1f orders/s puts 25%% below one order a second"
                    .formatted(saturated));
            return;
        }
        OpenLoopRun openLoop = new OpenLoopRun(shop);
        for (double share : new double[]{0.25, 0.5, 0.75}) {
            progress("open loop at %.0f%% of saturation (%.0f orders/s)".formatted(share * 100, share * saturated));
            Latency latency = openLoop.run("gateway", gatewayUri(), share * saturated, settings.latencyWarmup(),
                    settings.latencyWindow());
            results.latencies.add(latency);
            if (share == 0.5) {
                results.growth.add(new GrowthPoint(storedEvents(), saturated, latency.rate(),
                        Results.millis(latency.post(), 50), Results.millis(latency.post(), 99)));
            }
        }
    }

    /**
     * What a storefront serves: each read at saturation through the gateway and straight to query-side in
     * alternating rounds, then each at a fixed rate (half the gateway's saturated rate) both ways. The catalog is
     * grown to {@code catalogProducts} first, so that the search scans a shop-sized catalog.
     */
    private void measureReads() throws Exception {
        progress("reads: growing the catalog to %,d products".formatted(settings.catalogProducts()));
        List<String> searchTerms = growCatalog(settings.catalogProducts());
        List<Read> reads = StorefrontReads.of(shop.products(), searchTerms, ordersByCustomer());
        Map<String, URI> targets = new LinkedHashMap<>();
        targets.put("gateway", gatewayUri());
        targets.put("query-side", serviceUri(Service.QUERY_SIDE));
        for (Read read : reads) {
            for (Map.Entry<String, URI> target : targets.entrySet()) {
                progress("reads: %s at saturation, %s".formatted(read.name(), target.getKey()));
                results.reads.add(ReadRun.saturate(read, target.getKey(), target.getValue(), READ_CONNECTIONS,
                        settings.readWarmup(), settings.readWindow()));
            }
        }
        for (Read read : reads) {
            double rate = READ_RATE_SHARE * results.readsPerSecond(read.name(), "gateway");
            for (Map.Entry<String, URI> target : targets.entrySet()) {
                progress("reads: %s at %.0f/s, %s".formatted(read.name(), rate, target.getKey()));
                results.readLatencies.add(ReadRun.atRate(read, target.getKey(), target.getValue(), rate,
                        settings.readWarmup(), settings.readWindow()));
            }
        }
        measureReadsDuringASignUpFlood(reads.get(0));
    }

    /**
     * The first read at the same fixed rate through the gateway while sign-ups flood it: password hashing is
     * bounded, so reads should keep their idle latency (the accounts issue's target: p99 within 2 x idle).
     */
    private void measureReadsDuringASignUpFlood(Read read) throws InterruptedException {
        double rate = READ_RATE_SHARE * results.readsPerSecond(read.name(), "gateway");
        progress("reads: %s at %.0f/s through the gateway while %d connections sign up".formatted(read.name(), rate,
                SIGN_UP_FLOOD_SENDERS));
        try (SignUpFlood flood = SignUpFlood.start(gatewayUri(), SIGN_UP_FLOOD_SENDERS)) {
            results.readLatencies.add(ReadRun.atRate(read, "gw+sign-ups", gatewayUri(), rate, settings.readWarmup(),
                    settings.readWindow()));
            results.signUpFlood = flood.stop();
        }
    }

    /**
     * Adds products until the catalog has {@code size}, named so that each search term answers ten of them
     * ("lamp 0421" finds lamps 04210 to 04219), and answers the terms.
     */
    private List<String> growCatalog(int size) throws Exception {
        ExecutorService creators = Executors.newFixedThreadPool(16);
        try {
            List<Future<UUID>> created = new ArrayList<>();
            for (int i = 0; i < size - PRODUCTS; i++) {
                String name = "Seeded lamp %05d".formatted(i);
                created.add(creators.submit(() -> admin.createProduct(name, "19.90", 100)));
            }
            for (Future<UUID> product : created) {
                product.get();
            }
        } finally {
            creators.shutdownNow();
        }
        List<String> terms = new ArrayList<>();
        for (int prefix = 0; prefix < (size - PRODUCTS) / 10; prefix++) {
            terms.add("lamp%%20%04d".formatted(prefix));
        }
        awaitSearchable(terms.get(terms.size() - 1));
        return terms;
    }

    /** The catalog projection lags the commands: wait until the last products answer a search. */
    private void awaitSearchable(String term) throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < giveUp) {
            ShopApi.Response page = system.gateway().send("GET", "/api/products?q=" + term, null, null, Map.of());
            if (page.status() == 200 && page.body().get("totalItems").asLong() == 10) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the catalog did not show the seeded products within 5 minutes");
    }

    /** Every customer's token with the ids of their orders, as the orders read model lists them. */
    private Map<String, List<UUID>> ordersByCustomer() {
        Map<String, List<UUID>> orders = new LinkedHashMap<>();
        for (String token : shop.customerTokens()) {
            ShopApi.Response page = system.gateway().send("GET", "/api/orders?page=0&size=100", token, null, Map.of());
            List<UUID> ids = new ArrayList<>();
            page.body().get("items").forEach(order -> ids.add(UUID.fromString(order.get("id").asString())));
            orders.put(token, ids);
        }
        return orders;
    }

    /**
     * Seeds the event store up to {@code target} events with the services stopped, moves every processor past
     * the seeded history, and starts the services again. Answers the product with a busy inventory, if asked.
     */
    private UUID seedHistory(long target, boolean withBusyInventory) throws Exception {
        List.of(Service.NOTIFICATION_HANDLER, Service.QUERY_SIDE, Service.COMMAND_SIDE).forEach(system::stop);
        EventSeeder seeder = new EventSeeder(database);
        UUID busy = null;
        if (withBusyInventory) {
            busy = seeder.seedBusyInventory(settings.busyInventoryEvents());
        }
        long missing = target - seeder.storedEvents();
        if (missing > 0) {
            progress("seeding %,d events".formatted(missing));
            EventSeeder.Seeded seeded = seeder.seed(missing, SEEDED_ORDERS_PER_PRODUCT);
            progress("seeded %,d events (%,d orders, %,d products) in %.0f s".formatted(seeded.events(),
                    seeded.orders(), seeded.products(), seeded.seconds()));
        }
        int moved = ProcessingTokens.moveAllToHead(database);
        progress("moved %d processor tokens past the seeded history; restarting the services".formatted(moved));
        PROCESSING_SERVICES.forEach(service -> system.restart(service, Map.of()));
        return busy;
    }

    private void measureReplays() throws Exception {
        ReadModelRebuild rebuild = new ReadModelRebuild(admin.via(system.direct(Service.QUERY_SIDE)));
        long events = storedEvents();
        for (String readModel : READ_MODELS) {
            progress("replaying " + readModel + " from " + events + " events");
            results.replays.add(rebuild.rebuild(readModel, events, Duration.ofMinutes(30)));
        }
    }

    private void measureGrowthPoint() throws Exception {
        long stored = storedEvents();
        SaturationRun saturation = new SaturationRun(shop, confirmed, SENDERS, MAX_PENDING_ORDERS);
        progress("growth at %,d stored events: warm-up and saturation".formatted(stored));
        warmUp();
        Throughput throughput = saturation.run("gateway", gatewayUri(), settings.saturationWarmup(),
                settings.saturationWindow());
        double rate = results.growth.get(0).rate();
        progress("growth at %,d stored events: open loop at %.0f orders/s".formatted(stored, rate));
        Latency latency = new OpenLoopRun(shop).run("gateway", gatewayUri(), rate, settings.latencyWarmup(),
                settings.latencyWindow());
        results.growth.add(new GrowthPoint(stored, throughput.confirmedPerSecond(), rate,
                Results.millis(latency.post(), 50), Results.millis(latency.post(), 99)));
    }

    /**
     * The same command on an inventory of 10,000 events: once with snapshots disabled (command-side restarted with
     * a threshold no inventory reaches, and the inventory's snapshots deleted), once with a snapshot present. The
     * aggregate cache is off both times, so every command loads the inventory from the store.
     */
    private void measureInventoryLoad(UUID busyProduct) throws Exception {
        int repetitions = settings.quick() ? 5 : 10;
        progress("inventory load time without snapshots");
        system.stop(Service.COMMAND_SIDE);
        InventoryLoadTime.dropSnapshots(database, busyProduct);
        system.restart(Service.COMMAND_SIDE, Map.of("INVENTORY_SNAPSHOT_THRESHOLD", "2000000000",
                "AGGREGATE_CACHE_SIZE", "0"));
        UUID quiet = admin.createProduct("Baseline item", "1.00", 10);
        InventoryLoadTime timer = new InventoryLoadTime(admin.via(system.direct(Service.COMMAND_SIDE)));
        timer.time("warm-up", quiet, 1, 30);
        results.inventoryLoads.add(timer.time("few events (baseline)", quiet,
                InventoryLoadTime.events(database, quiet), repetitions));
        results.inventoryLoads.add(timer.time("10,000 events, no snapshot", busyProduct,
                InventoryLoadTime.events(database, busyProduct), repetitions));
        progress("inventory load time with a snapshot");
        system.stop(Service.COMMAND_SIDE);
        system.restart(Service.COMMAND_SIDE, Map.of("INVENTORY_SNAPSHOT_THRESHOLD", "100",
                "AGGREGATE_CACHE_SIZE", "0"));
        timer = new InventoryLoadTime(admin.via(system.direct(Service.COMMAND_SIDE)));
        timer.time("warm-up", quiet, 1, 30);
        timer.time("take the snapshot", busyProduct, 0, 1);
        long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (InventoryLoadTime.snapshots(database, busyProduct) == 0 && System.nanoTime() < giveUp) {
            Thread.sleep(100);
        }
        results.inventoryLoads.add(timer.time("10,000 events, snapshot", busyProduct,
                InventoryLoadTime.events(database, busyProduct), repetitions));
    }

    private void describeMachine() throws Exception {
        results.machine.put("mode", (settings.quick() ? "quick (--quick)" : "full")
                + (phases == Phases.ALL ? "" : ", only " + phases.label()));
        results.machine.put("run mode", mode == RunMode.AXONSERVER
                ? "axonserver (Axon Server SE at " + system.axonServer().address() + ")"
                : "local (events in PostgreSQL)");
        results.machine.put("date", Instant.now().toString());
        results.machine.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        results.machine.put("memory", memory());
        results.machine.put("load average at start",
                String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        results.machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        results.machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        try (ResultSet row = database.createStatement().executeQuery("""
                SELECT version(), current_setting('synchronous_commit'), current_setting('fsync'),
                       current_setting('shared_buffers')""")) {
            row.next();
            results.machine.put("postgresql", row.getString(1).replaceAll(" on .*", "")
                    + " (embedded binaries; synchronous_commit=" + row.getString(2) + ", fsync=" + row.getString(3)
                    + ", shared_buffers=" + row.getString(4) + ")");
        }
        boolean axonServerHere = mode == RunMode.AXONSERVER && system.axonServer().startedHere();
        results.machine.put("services", "4 JVMs, -Xmx512m each, " + (axonServerHere ? "and Axon Server, " : "")
                + "on the same machine as PostgreSQL and the load");
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Math.round(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0) + " GiB")
                    .findFirst().orElse("unknown");
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** Counted where the run mode stores events. */
    private static long storedEvents() {
        return EventLog.count();
    }

    private void writeReport() throws Exception {
        // One folder per run mode, so that a run of each can be kept side by side.
        Path folder = Path.of(System.getProperty("shop.home", "."), "benchmarks", "target",
                mode == RunMode.AXONSERVER ? "report-axonserver" : "report");
        HtmlReport.write(results, folder);
        System.out.println();
        System.out.print(TextReport.render(results));
        System.out.println();
        System.out.println("report: " + folder.resolve("index.html").toAbsolutePath().normalize());
    }

    private URI gatewayUri() {
        return serviceUri(Service.GATEWAY);
    }

    private URI serviceUri(Service service) {
        return URI.create("http://localhost:" + system.port(service));
    }

    private static void progress(String message) {
        System.out.printf("[bench %s] %s%n", java.time.LocalTime.now().withNano(0), message);
    }
}
