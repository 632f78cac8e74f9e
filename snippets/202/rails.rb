# config/routes.rb
Rails.application.routes.draw do
  post '/endpoint', to: 'endpoint#create'
end

# app/controllers/endpoint_controller.rb
class EndpointController < ActionController::API
  # Puma sends no Date header; RFC 9110 6.6.1 requires one on every 2xx, 3xx and 4xx response
  before_action { response.date = Time.now }

  def create
    render json: { message: 'Accepted' }, status: 202
  end
end
