#!/usr/bin/env bash
# The memory floor of the stack itself: builds a throw-away Quarkus application with the project's Quarkus version,
# one Panache entity of 500 rows, one Qute page and one JSON list, nothing else, and runs it as bench/run.sh runs
# the real one (a JDK 25, the container's JAVA_OPTS). It loads both addresses with wrk and prints resident memory
# after the start and at the peak. This checks whether the 256 MB budget of BENCHMARKS.md can be met with the stack
# at all, whatever the application does.
# Usage: bench/stack-floor.sh [bare|full]. bare (default): the extensions the project's stack names (REST, Qute,
# Jackson, Hibernate ORM with Panache, Flyway, H2). full: also every other extension the application uses.
set -euo pipefail
cd "$(dirname "$0")/.."
SET="${1:-bare}"
PORT="${BENCH_PORT:-18090}"
QUARKUS="$(sed -n 's:.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*:\1:p' pom.xml)"
COMPILER="$(sed -n 's:.*<compiler-plugin.version>\(.*\)</compiler-plugin.version>.*:\1:p' pom.xml)"
. bench/common.sh
CONTAINER_JAVA_OPTS="$(container_java_opts)"
JAVA_OPTS="${JAVA_OPTS:-$CONTAINER_JAVA_OPTS}"
JAVA="$(container_java)"
require_wrk
WORK="$(mktemp -d)"
cleanup() {
    if [ -n "${APP_PID:-}" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

extensions="quarkus-rest quarkus-rest-qute quarkus-rest-jackson quarkus-hibernate-orm-panache quarkus-flyway quarkus-jdbc-h2"
case "$SET" in
    bare) ;;
    full) extensions="$extensions quarkus-hibernate-validator quarkus-jdbc-postgresql quarkus-security
        quarkus-smallrye-openapi quarkus-scheduler quarkus-caffeine quarkus-rest-csrf quarkus-smallrye-health
        quarkus-micrometer-registry-prometheus quarkus-logging-json" ;;
    *) echo "usage: $0 [bare|full]" >&2; exit 1 ;;
esac
dependencies=""
for extension in $extensions; do
    dependencies="$dependencies<dependency><groupId>io.quarkus</groupId><artifactId>$extension</artifactId></dependency>"
done

APP="$WORK/floor"
mkdir -p "$APP/src/main/java/floor" "$APP/src/main/resources/templates/ItemResource" \
    "$APP/src/main/resources/db/migration"
cat >"$APP/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
    <modelVersion>4.0.0</modelVersion>
    <groupId>floor</groupId>
    <artifactId>floor</artifactId>
    <version>1</version>
    <properties>
        <maven.compiler.release>17</maven.compiler.release>
        <maven.compiler.parameters>true</maven.compiler.parameters>
        <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    </properties>
    <dependencyManagement><dependencies><dependency>
        <groupId>io.quarkus.platform</groupId><artifactId>quarkus-bom</artifactId><version>$QUARKUS</version>
        <type>pom</type><scope>import</scope>
    </dependency></dependencies></dependencyManagement>
    <dependencies>$dependencies</dependencies>
    <build><plugins><plugin>
        <groupId>io.quarkus.platform</groupId><artifactId>quarkus-maven-plugin</artifactId><version>$QUARKUS</version>
        <extensions>true</extensions>
        <executions><execution><goals><goal>build</goal></goals></execution></executions>
    </plugin><plugin>
        <artifactId>maven-compiler-plugin</artifactId><version>$COMPILER</version>
    </plugin></plugins></build>
</project>
EOF
cat >"$APP/src/main/java/floor/Item.java" <<'EOF'
package floor;

import jakarta.persistence.Entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

@Entity
public class Item extends PanacheEntity {
    public String name;
}
EOF
cat >"$APP/src/main/java/floor/ItemResource.java" <<'EOF'
package floor;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

@Path("/")
public class ItemResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(List<Item> items);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return Templates.page(Item.listAll());
    }

    @GET
    @Path("api/items")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Item> items() {
        return Item.listAll();
    }
}
EOF
cat >"$APP/src/main/resources/templates/ItemResource/page.html" <<'EOF'
<!DOCTYPE html>
<html lang="en"><head><title>Items</title></head><body><ul>
{#for item in items}<li>{item.name}</li>{/for}
</ul></body></html>
EOF
cat >"$APP/src/main/resources/db/migration/V1__items.sql" <<'EOF'
CREATE TABLE item (id BIGINT PRIMARY KEY, name VARCHAR(200) NOT NULL);
CREATE SEQUENCE item_seq INCREMENT BY 50;
INSERT INTO item (id, name) SELECT x, 'Item ' || x FROM SYSTEM_RANGE(1, 500);
EOF
cat >"$APP/src/main/resources/application.properties" <<EOF
quarkus.datasource.db-kind=h2
quarkus.datasource.jdbc.url=jdbc:h2:file:$WORK/data/floor
quarkus.datasource.username=floor
quarkus.flyway.migrate-at-start=true
quarkus.hibernate-orm.schema-management.strategy=none
quarkus.log.level=WARN
quarkus.http.port=$PORT
quarkus.management.port=$((PORT + 2))
EOF

echo "== building the $SET stack on Quarkus $QUARKUS: $(echo $extensions)"
(cd "$APP" && mvn -B -DskipTests package) >"$WORK/build.log" 2>&1 \
    || { tail -n 30 "$WORK/build.log" >&2; exit 1; }

echo "== running it on $("$JAVA" -version 2>&1 | head -n 1) with $JAVA_OPTS"
(cd "$APP/target/quarkus-app" && MALLOC_ARENA_MAX=2 exec "$JAVA" $JAVA_OPTS -jar quarkus-run.jar >"$WORK/app.log" 2>&1) &
APP_PID=$!
wait_for_page "http://127.0.0.1:$PORT/" "$APP_PID" "$WORK/app.log"
sleep 2
echo "resident after start: $(resident_mb "$APP_PID" VmRSS) MB"
for path in / /api/items / /api/items; do
    wrk -t2 -c32 -d15s --latency "http://127.0.0.1:$PORT$path" \
        | awk -v p="$path" '/Requests\/sec/ {r = $2} $1 == "99%" {l = $2} END {print p ": " r " req/s, p99 " l}'
done
echo "resident after load: $(resident_mb "$APP_PID" VmRSS) MB; peak: $(resident_mb "$APP_PID" VmHWM) MB"
