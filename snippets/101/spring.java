@GetMapping("/endpoint")
public void endpoint(HttpServletRequest request, HttpServletResponse servletResponse) throws Exception {
    // An endpoint that echoes every text message back to the client
    Endpoint endpoint = new Endpoint() {
        @Override
        public void onOpen(Session session, EndpointConfig config) {
            session.addMessageHandler(String.class, text -> session.getAsyncRemote().sendText(text));
        }
    };
    ServerEndpointConfig config = ServerEndpointConfig.Builder.create(Endpoint.class, "/endpoint")
            .configurator(new ServerEndpointConfig.Configurator() {
                @Override
                public <T> T getEndpointInstance(Class<T> endpointClass) {
                    return endpointClass.cast(endpoint);
                }
            })
            .build();
    // Tomcat's WebSocket container checks the handshake (an unsupported Sec-WebSocket-Version
    // gets 426 with Sec-WebSocket-Version: 13), computes Sec-WebSocket-Accept from
    // Sec-WebSocket-Key, sends 101 Switching Protocols and hands the connection to the endpoint,
    // which also answers the client's close frame
    ServerContainer container = (ServerContainer) request.getServletContext()
            .getAttribute(ServerContainer.class.getName());
    container.upgradeHttpToWebSocket(request, servletResponse, config, Map.of());
}
