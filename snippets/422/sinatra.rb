require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 422
    json message: 'Unprocessable Content'
end
