require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 204
    json message: 'No Content'
end
