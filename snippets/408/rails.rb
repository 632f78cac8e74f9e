# config/routes.rb
Rails.application.routes.draw do
  get '/endpoint', to: 'endpoint#show'
end

# app/controllers/endpoint_controller.rb
class EndpointController < ActionController::API
  # Puma sends no Date header; RFC 9110 6.6.1 requires one on every 2xx, 3xx and 4xx response
  before_action { response.date = Time.now }

  def show
    # A 408 closes the connection (RFC 9110 15.5.9). Puma 5 keeps it open whatever the
    # response's Connection header says: it decides from the request's, and then closes after
    # answering and says Connection: close itself.
    request.set_header('HTTP_CONNECTION', 'close')
    render json: { message: 'Request Timeout' }, status: 408
  end
end
