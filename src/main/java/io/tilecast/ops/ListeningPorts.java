package io.tilecast.ops;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Says in the log which port is which once each server listens: the public one and the operations one ({@code
 * management.server.port}) both log "Netty started", in no fixed order.
 */
@Component
class ListeningPorts implements ApplicationListener<WebServerInitializedEvent> {

    private static final Log log = LogFactory.getLog(ListeningPorts.class);

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        int port = event.getWebServer().getPort();
        if ("management".equals(event.getApplicationContext().getServerNamespace())) {
            log.info("Listening on port " + port + " for operations: health details, metrics, info");
        } else {
            log.info("Listening on port " + port + " for the API, the web client and health status");
        }
    }
}
