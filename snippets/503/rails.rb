# config/routes.rb
Rails.application.routes.draw do
  get '/endpoint', to: 'endpoint#show'
end

# app/controllers/endpoint_controller.rb
class EndpointController < ActionController::API
  def show
    render json: { message: 'Service Unavailable' }, status: 503
  end
end
