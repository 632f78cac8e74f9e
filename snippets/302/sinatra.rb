require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 302
    json message: 'Found'
end
